import { describe, expect, test } from 'vitest';
import { hasAnswers, nextTurn, waitingToAnswer } from '../../renderer/src/domain/workshop/handOver';
import { addRespondent, createWorkshop, setRespondentAnswers } from '../../renderer/src/domain/workshop/workshop';
import { LIMITS } from '../../renderer/src/domain/model/limits';
import type { Workshop } from '../../renderer/src/domain/model/types';

const answered = (w: Workshop, id: string): Workshop => setRespondentAnswers(w, id, { goalsLinkedToBusiness: { kind: 'scale', level: 2 } });

/** Kari has answered, Per is waiting, and a participant added without a name is waiting too. */
function named(): Workshop {
  let w = createWorkshop(false);
  w = addRespondent(w, 'kari', 'Kari Nordmann');
  w = addRespondent(w, 'per', 'Per');
  w = addRespondent(w, 'blank', '');
  return answered(w, 'kari');
}

describe('the next turn after a hand-over', () => {
  test('only those without answers are waiting; someone with answers has had their turn', () => {
    const w = named();
    expect(hasAnswers(w.respondents[0]!)).toBe(true);
    expect(waitingToAnswer(w).map((r) => r.id)).toEqual(['per', 'blank']);
    const withFile: Workshop = { ...w, respondents: [...w.respondents, { id: 'file', name: 'Ingrid', answers: {}, fileFingerprint: 'x' }] };
    expect(waitingToAnswer(withFile).map((r) => r.id)).toEqual(['per', 'blank']);
  });

  test('a name that has already answered is refused, however it is typed; nothing is added', () => {
    const w = named();
    for (const typed of ['Kari Nordmann', '  kari   nordmann ', 'Nordmann, Kari', 'Kari\u200e Nordmann']) {
      expect(nextTurn(w, typed, 'new')).toEqual({ kind: 'alreadyAnswered' });
    }
  });

  test('a waiting name answers as themselves, a new name is added, no name takes the waiting one without a name', () => {
    const w = named();
    expect(nextTurn(w, 'per', 'new')).toEqual({ kind: 'start', workshop: w, respondentId: 'per' });
    expect(nextTurn(w, '', 'new')).toEqual({ kind: 'start', workshop: w, respondentId: 'blank' });
    const ola = nextTurn(w, 'Ola', 'new');
    expect(ola.kind === 'start' && ola.respondentId).toBe('new');
    expect(ola.kind === 'start' && ola.workshop.respondents.map((r) => r.name)).toEqual(['Kari Nordmann', 'Per', '', 'Ola']);
  });

  test('anonymous: a typed name is never kept; the first waiting number answers, else a new one is added', () => {
    let w = createWorkshop(true);
    w = answered(addRespondent(w, 'one', ''), 'one');
    const first = nextTurn(w, 'Kari', 'two');
    expect(first.kind === 'start' && first.workshop.respondents).toEqual([w.respondents[0], { id: 'two', name: '', answers: {} }]);
    const waiting = addRespondent(w, 'three', '');
    expect(nextTurn(waiting, '', 'four')).toEqual({ kind: 'start', workshop: waiting, respondentId: 'three' });
  });

  test('a full workshop says so instead of starting', () => {
    let w = createWorkshop(true);
    for (let i = 0; i < LIMITS.respondents; i++) w = answered(addRespondent(w, `r${i}`, ''), `r${i}`);
    expect(nextTurn(w, '', 'new')).toEqual({ kind: 'full' });
  });
});
