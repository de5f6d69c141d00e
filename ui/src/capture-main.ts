// Starts the note-taker's capture page (capture.html), the one the device hub serves to phones:
// the app's styles and fonts, and DeviceApp, with nothing of Tauri in it.
import '@fontsource-variable/atkinson-hyperlegible-next/wght.css';
import { mount } from 'svelte';
import DeviceApp from './device/DeviceApp.svelte';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('capture.html has no #app element');

export default mount(DeviceApp, { target });
