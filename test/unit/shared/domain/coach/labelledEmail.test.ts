import { labelledEmailsDecode } from '../../../../../src/shared/domain/coach/labelledEmail';

const MESSAGE = { subject: 'Hi', to: ['dana@contoso.example'], body: 'Hello' };

describe('labelledEmailsDecode', () => {
  it('decodes cases', () => {
    const decoded = labelledEmailsDecode(
      [{ id: 'a', note: 'n', expect: ['tone.blame'], message: MESSAGE }],
      'f.json',
    );
    expect(decoded.ok && decoded.value[0]).toMatchObject({ id: 'a', note: 'n', expect: ['tone.blame'] });
  });

  it.each([
    [{}, 'f.json: expected an array of labelled emails'],
    [[3], 'f.json[0]: expected an object'],
    [[{ expect: [], message: MESSAGE }], 'f.json[0].id: expected a non-empty string'],
    [[{ id: 'a', note: 1, expect: [], message: MESSAGE }], 'f.json[0].note: expected a string'],
    [[{ id: 'a', message: MESSAGE }], 'f.json[0].expect: expected an array of rule ids'],
    [[{ id: 'a', expect: ['tone.rude'], message: MESSAGE }], 'f.json[0].expect: unknown rule id "tone.rude"'],
    [
      [{ id: 'a', expect: [], message: { ...MESSAGE, to: ['x'] } }],
      'f.json[0].message.to[0]: not an email address: "x"',
    ],
  ])('refuses %j naming the file and field', (json, reason) => {
    expect(labelledEmailsDecode(json, 'f.json')).toEqual({ ok: false, reason });
  });
});
