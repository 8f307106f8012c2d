export function Component() {
  return <main id="main">TODO</main>;
}
