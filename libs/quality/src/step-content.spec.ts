import { StepCode } from './action-step.entity';
import { validStepContent } from './step-content';

const d4 = (occurrence: string) => ({
  occurrence: { whys: ['Burr on edge', 'Blade worn', 'No blade-life limit'], rootCause: occurrence },
  escape: { whys: ['Burr not in inspection plan'], rootCause: 'Control plan lacks burr check' },
});

describe('8D step content', () => {
  it('accepts a complete D3 with quantities at customer, supplier and in transit', () => {
    const d3 = { atCustomer: { quantity: 1200, action: 'Sort at customer' }, atSupplier: { quantity: 3400, action: 'Quarantine' }, inTransit: { quantity: 0, action: 'None in transit' } };
    expect(validStepContent(StepCode.D3, d3)).toEqual(d3);
  });

  it('names the missing field', () => {
    expect(() => validStepContent(StepCode.D3, { atCustomer: { quantity: 1, action: 'x' } })).toThrow('content.atSupplier:');
    expect(() => validStepContent(StepCode.D3, { atCustomer: { quantity: -1, action: 'x' }, atSupplier: { quantity: 1, action: 'x' }, inTransit: { quantity: 1, action: 'x' } })).toThrow('content.atCustomer.quantity');
  });

  it.each(['Operator error', 'operator mistake', '人为失误'])('refuses %p as a root cause', (cause) => {
    expect(() => validStepContent(StepCode.D4, d4(cause))).toThrow('"operator error" is not a root cause');
  });

  it('wants a why-chain of at least three for occurrence', () => {
    expect(() => validStepContent(StepCode.D4, { ...d4('Blade life not controlled'), occurrence: { whys: ['a'], rootCause: 'b' } })).toThrow('content.occurrence.whys: ask why at least three times');
    expect(validStepContent(StepCode.D4, d4('Blade life not controlled'))).toMatchObject({ occurrence: { rootCause: 'Blade life not controlled' } });
  });
});
