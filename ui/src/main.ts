import '@fontsource-variable/atkinson-hyperlegible-next/wght.css';
import { getCurrentWindow } from '@tauri-apps/api/window';
import { mount } from 'svelte';
import App from './App.svelte';
import Projector from './screens/Projector.svelte';
import './styles/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The same page serves both windows; the projector window shows only the projector.
const isProjector = getCurrentWindow().label === 'projector';

export default mount(isProjector ? Projector : App, { target });
