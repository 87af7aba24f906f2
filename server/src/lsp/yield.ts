/**
 * Gives the event loop one turn, so messages already received (a cancellation, a newer edit) are handled before
 * expensive work starts. `setTimeout` exists in Node and in web workers alike.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
