// The 使用说明 (help.html): opened from the panel, from the generator page and once after installing. Offline: text
// and the screenshots in public/help/ only. The static generator build ships the same page (forms/web/help.html).
import { mountHelp } from '../../help/mount';

mountHelp(document.getElementById('app')!);
