// Browser entry: mounts the current front end into #app.
import { startPreview } from './ui/preview.js';

startPreview(document.getElementById('app')!);
