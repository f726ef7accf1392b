import { clientNetwork } from './client-network';

describe('clientNetwork', () => {
  it('counts an IPv4 address (plain or IPv4-mapped) as itself', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts every IPv6 address of one /64 as the same client, however written', () => {
    const network = clientNetwork('2001:db8:0:12::1');
    expect(network).toBe('2001:db8:0:12::/64');
    expect(clientNetwork('2001:0db8:0000:0012:ffff:1:2:3')).toBe(network);
    expect(clientNetwork('2001:DB8:0:12:abcd::')).toBe(network);
    expect(clientNetwork('2001:db8:0:13::1')).not.toBe(network);
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
  });

  it('keeps anything else as it is', () => {
    expect(clientNetwork('unknown')).toBe('unknown');
  });
});
