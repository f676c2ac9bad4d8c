// The one place that imports Phaser. vite.config.ts aliases 'phaser' to its source core entry built with the
// Canvas renderer only (no WebGL, no sound); the types are Phaser's own (node_modules/phaser/types/phaser.d.ts).
// Everyone else: `import { Phaser } from '../phaser.js'` (a value and a namespace: `Phaser.Scene`, `Phaser.GameObjects.Text`).
import Phaser from 'phaser';

export { Phaser };
export default Phaser;
