import { otherLoopbackOrigin } from '../../../../../workbench/app/model/otherLoopback';

describe('otherLoopbackOrigin', () => {
  it('swaps localhost and 127.0.0.1, keeping scheme and port', () => {
    expect(otherLoopbackOrigin('http://127.0.0.1:3924')).toBe('http://localhost:3924');
    expect(otherLoopbackOrigin('https://localhost:3000')).toBe('https://127.0.0.1:3000');
  });
});
