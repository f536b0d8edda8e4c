import { render } from 'preact';
import { HelpPage } from './HelpPage';
import './help.css';

/** The 使用说明 in `root`: the extension's help.html and the static generator build's help.html alike. */
export function mountHelp(root: HTMLElement): void {
  render(<HelpPage />, root);
}
