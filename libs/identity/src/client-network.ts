import { isIP } from 'node:net';

/**
 * The network a client address stands for when counting sign-in attempts:
 * an IPv4 address itself, an IPv6 address's /64 (one subscriber usually
 * holds a whole /64, so single IPv6 addresses cost an attacker nothing).
 * IPv4-mapped IPv6 addresses count as their IPv4 address.
 */
export function clientNetwork(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (isIP(address) !== 6) return address;
  const [head, tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
