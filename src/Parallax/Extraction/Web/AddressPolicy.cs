using System.Net;
using System.Net.Sockets;

namespace Parallax.Extraction.Web;

/// <summary>
/// Which addresses a fetch may connect to: public unicast only, unless private addresses are allowed. Refused:
/// loopback, private (RFC 1918, unique-local), link-local, carrier-grade NAT, unspecified, multicast, broadcast,
/// documentation and benchmarking ranges, and IPv4-mapped forms of all of these.
/// </summary>
public static class AddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
            || address.Equals(IPAddress.Broadcast) || address.Equals(IPAddress.IPv6None))
        {
            return false;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] == 0
                || b[0] == 10
                || b[0] == 127
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)     // carrier-grade NAT
                || (b[0] == 169 && b[1] == 254)                   // link-local
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)        // IETF protocol assignments
                || (b[0] == 192 && b[1] == 0 && b[2] == 2)        // documentation
                || (b[0] == 198 && (b[1] == 18 || b[1] == 19))    // benchmarking
                || (b[0] == 198 && b[1] == 51 && b[2] == 100)     // documentation
                || (b[0] == 203 && b[1] == 0 && b[2] == 113)      // documentation
                || b[0] >= 224);                                  // multicast and reserved
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return !(address.IsIPv6LinkLocal
                || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC                          // unique local fc00::/7
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) // documentation 2001:db8::/32
                || (b[0] == 0x00 && b.Take(10).All(x => x == 0))); // ::/80 (unspecified, v4-compatible)
        }
        return false;
    }
}
