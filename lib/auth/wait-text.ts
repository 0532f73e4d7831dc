/** How long to wait, in words: for the back-off's messages (sign-in form and second-factor codes). */
export function waitText(seconds: number): string {
  return seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
}
