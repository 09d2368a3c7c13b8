import { describe, expect, test } from 'vitest';
import { createAnnouncer } from '../../renderer/src/components/announcer/announcer';

describe('the announcer (one place every status message goes through)', () => {
  test('a message goes to its region; errors to the assertive one, the rest to the polite one', () => {
    const a = createAnnouncer();
    a.announce('Vurderingen er lagret som /tmp/x.somekompass.');
    a.announce('Filen ble ikke importert.', 'assertive');
    expect(a.getState().polite?.text).toBe('Vurderingen er lagret som /tmp/x.somekompass.');
    expect(a.getState().assertive?.text).toBe('Filen ble ikke importert.');
  });

  test('the same words said twice are a new message each time, so a screen reader speaks them again', () => {
    const a = createAnnouncer();
    a.announce('2 vurderinger passer til søket.');
    const first = a.getState().polite!;
    a.announce('2 vurderinger passer til søket.');
    const second = a.getState().polite!;
    expect(second.text).toBe(first.text);
    expect(second.id).not.toBe(first.id);
  });

  test('blank text says nothing and wakes no one; listeners hear each message until they leave', () => {
    const a = createAnnouncer();
    let heard = 0;
    const leave = a.subscribe(() => heard++);
    a.announce('   ');
    expect(heard).toBe(0);
    expect(a.getState()).toEqual({ polite: null, assertive: null });
    a.announce('  Leser filene …  ');
    expect(a.getState().polite?.text).toBe('Leser filene …');
    expect(heard).toBe(1);
    leave();
    a.announce('Har levert: 30');
    expect(heard).toBe(1);
  });

  test('a new screen empties both regions, so nothing said on the last one (a path) stays behind', () => {
    const a = createAnnouncer();
    let heard = 0;
    a.subscribe(() => heard++);
    a.announce('Papirskjema er lagret som /home/lærer/skjema.pdf.');
    a.announce('Det gikk ikke.', 'assertive');
    a.clear();
    expect(a.getState()).toEqual({ polite: null, assertive: null });
    expect(heard).toBe(3);
    a.clear();
    expect(heard).toBe(3);
  });
});
