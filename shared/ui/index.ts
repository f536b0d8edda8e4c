// The UI both pages use — the extension's side panel (and its help page) and the generator page (forms/web, also a
// page of the extension): the state badge, the file picker, the settings form, saving a download. Neither page owns
// these, so neither reaches into the other for them.
//
// Why shared/: it is the one top-level folder both pages sit above in the layers (.dependency-cruiser.cjs), and what is
// here keeps shared/'s terms: no Node-only APIs, the DOM only through standard interfaces (Preact renders to it). The
// domain under shared/ never imports this folder or Preact: the layer rules fail on it.
export { StateBadge, STATE_LABELS, STATE_TONES, type BadgeState } from './StateBadge';
export { FilePicker } from './FilePicker';
export { SettingsForm, type EditableSettings } from './SettingsForm';
export { MIME, saveBlob, today } from './save';
