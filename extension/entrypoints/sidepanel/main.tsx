import { render } from 'preact';
import { App } from '../../panel/App';
import { panelBrowser } from '../../panel/browser-services';
import '../../panel/panel.css';

render(<App br={panelBrowser} />, document.getElementById('app')!);
