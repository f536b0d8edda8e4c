// The 使用说明 beside the static generator page (help.html in dist/web): the extension's own help page.
import { mountHelp } from '../../extension/help/mount';

mountHelp(document.getElementById('app')!);
