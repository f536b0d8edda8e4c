import { mountGenerator } from './mount';

void mountGenerator(document.getElementById('app')!);
