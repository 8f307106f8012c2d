/** Ids of the reply buttons and list rows Meedi8 offers in chats (returned when tapped). */
export const CHOICE = {
  sendInvite: 'invite:send',
  changeInvite: 'invite:change',
  consentYes: 'consent:yes',
  consentNo: 'consent:no',
  resume: 'cmd:resume',
  /** Followed by `:<draft id>`. */
  draftYes: 'draft:yes',
  draftNo: 'draft:no',
  checkInYes: 'checkin:yes',
  checkInNo: 'checkin:no',
  leaveYes: 'leave:yes',
  leaveNo: 'leave:no',
  screenYes: 'screen:yes',
  screenNo: 'screen:no',
  screenUnsure: 'screen:unsure',
  /** Followed by the room id. */
  room: 'room:',
} as const;
