/**
 * Whether this screen runs on the counter PC itself (the desktop window, or a browser at
 * localhost), not on a tablet or the owner's phone over the Wi-Fi: the counter owns the shop file,
 * so it keeps no copy and queues nothing, and only it hears the serial scanner.
 */
export function onCounterPc(): boolean {
  return Boolean(window.smartKirana) || ['127.0.0.1', 'localhost', '[::1]'].includes(location.hostname);
}
