export default defineBackground(() => {
  // Wiring lands with the extension issue; the background never fetches the sites itself.
});
