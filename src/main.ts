// Browser entry: the styles and the game.
import './ui/styles.css';
import { startApp } from './ui/app.js';

startApp();
