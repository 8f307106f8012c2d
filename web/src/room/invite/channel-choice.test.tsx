import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChannelChoice } from './channel-choice';
import { WhatsAppFailed } from './whatsapp-failed';

afterEach(cleanup);

describe('choosing how to invite', () => {
  it('asks how at first, and offers another way once an invite is out', () => {
    const { rerender } = render(
      <ChannelChoice channel="whatsapp" onChange={() => {}} another={false} />,
    );
    expect(screen.getByRole('group', { name: 'How would you like to invite them?' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'WhatsApp' }).checked).toBe(true);
    rerender(<ChannelChoice channel="whatsapp" onChange={() => {}} another />);
    expect(screen.getByRole('group', { name: 'Invite them another way too' })).toBeTruthy();
  });

  it('tells the panel which way was picked', () => {
    const onChange = vi.fn();
    render(<ChannelChoice channel="whatsapp" onChange={onChange} another={false} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Copy a link' }));
    expect(onChange).toHaveBeenCalledWith('link');
  });

  it('offers email or a link when WhatsApp refused the invite', () => {
    const onChoose = vi.fn();
    render(<WhatsAppFailed message="WhatsApp could not send it." onChoose={onChoose} />);
    expect(screen.getByRole('alert').textContent).toContain('WhatsApp could not send it.');
    fireEvent.click(screen.getByRole('button', { name: 'Invite by email instead' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy a link instead' }));
    expect(onChoose.mock.calls).toEqual([['email'], ['link']]);
  });
});
