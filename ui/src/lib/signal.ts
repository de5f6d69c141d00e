// The sound of a segment's time running out: two short tones made on the spot (no audio file
// to ship). Silent, not failing, where the machine has no audio output.
export function soundTimeUp(): void {
  try {
    const audio = new AudioContext();
    [0, 0.35].forEach((delay, index) => {
      const tone = audio.createOscillator();
      const volume = audio.createGain();
      tone.frequency.value = index === 0 ? 880 : 660;
      volume.gain.setValueAtTime(0.0001, audio.currentTime + delay);
      volume.gain.exponentialRampToValueAtTime(0.3, audio.currentTime + delay + 0.02);
      volume.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + delay + 0.3);
      tone.connect(volume).connect(audio.destination);
      tone.start(audio.currentTime + delay);
      tone.stop(audio.currentTime + delay + 0.32);
    });
    setTimeout(() => void audio.close(), 1000);
  } catch {
    // No audio here: the visual signal is still shown.
  }
}
