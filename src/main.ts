// Browser entry: the styles and the game; then, off the first screen's path, the service worker for offline play.
import './ui/styles.css';
import { startApp } from './ui/app.js';

startApp();

const startOffline = (): void => void import('./ui/deploy/offline.js').then((offline) => offline.startOffline());
if (document.readyState === 'complete') window.setTimeout(startOffline, 0);
else window.addEventListener('load', () => window.setTimeout(startOffline, 0), { once: true });
