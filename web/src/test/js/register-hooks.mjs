// node --import ./register-hooks.mjs: installs hooks.mjs before the tests load the app's modules.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
