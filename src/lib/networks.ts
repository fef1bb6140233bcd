import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** An IPv4-mapped IPv6 address (::ffff:10.0.0.1, as a dual-stack socket reports IPv4 clients) as plain IPv4. */
export function plainAddress(ip: string): string {
  return ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
}

/** Parses CIDRs ("127.0.0.1/32", "10.0.0.0/8", "::1/128"; a bare address is one host) into a BlockList; throws naming a bad one. */
export function parseNetworks(cidrs: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [address = '', bits, extra] = cidr.split('/');
    const type = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
    if (!type || extra !== undefined) throw new Error(`"${cidr}" is not an IP network (e.g. 10.0.0.0/8)`);
    const max = type === 'ipv4' ? 32 : 128;
    const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (!(prefix >= 0 && prefix <= max)) throw new Error(`"${cidr}" has no valid prefix length (0-${max})`);
    list.addSubnet(address, prefix, type);
  }
  return list;
}

/** Whether an address (IPv4, IPv6 or IPv4-mapped) lies in one of the networks. */
export function inNetworks(list: BlockList, ip: string): boolean {
  const plain = plainAddress(ip);
  return list.check(plain, isIPv6(plain) ? 'ipv6' : 'ipv4');
}
