using System.Net;
using System.Net.Sockets;

namespace Depot.Network.Http;

/// <summary>
/// Decides whether Depot may connect to an address: public addresses always, loopback, private,
/// link-local and other internal ranges only when <see cref="NetworkOptions.AllowedPrivateNetworks"/>
/// names them. Checked on the resolved address at connect time, so a host name that resolves to an
/// internal address (or re-resolves to one later) is refused too.
/// </summary>
internal sealed class AddressGuard
{
    private readonly bool allowAll;
    private readonly HashSet<string> hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(IPAddress Network, int Prefix)> networks = [];

    public AddressGuard(IEnumerable<string> allowed)
    {
        foreach (var raw in allowed.Select(a => a.Trim()).Where(a => a.Length > 0))
        {
            if (raw == "*") allowAll = true;
            else if (TryParseNetwork(raw, out var network, out var prefix)) networks.Add((network, prefix));
            else hosts.Add(raw);
        }
    }

    /// <summary>True when <paramref name="address"/>, reached as <paramref name="host"/>, may be connected to.</summary>
    public bool Allows(string host, IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (!IsInternal(address)) return true;
        return allowAll || hosts.Contains(host) || networks.Exists(n => Contains(n.Network, n.Prefix, address));
    }

    /// <summary>Loopback, private (RFC 1918, unique-local), link-local, carrier-grade NAT, unspecified, multicast, broadcast, documentation.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
                || Contains(IPAddress.Parse("64:ff9b::"), 96, address) && IsInternal(new IPAddress(address.GetAddressBytes()[12..]));
        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] is >= 64 and <= 127,
            169 => b[1] == 254,
            172 => b[1] is >= 16 and <= 31,
            192 => b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2),
            198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),
            203 => b[1] == 0 && b[2] == 113,
            >= 224 => true,
            _ => false,
        };
    }

    private static bool TryParseNetwork(string text, out IPAddress network, out int prefix)
    {
        var slash = text.IndexOf('/');
        var ip = slash < 0 ? text : text[..slash];
        prefix = 0;
        if (!IPAddress.TryParse(ip, out network!)) return false;
        var full = network.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        if (slash < 0) { prefix = full; return true; }
        return int.TryParse(text[(slash + 1)..], out prefix) && prefix >= 0 && prefix <= full;
    }

    private static bool Contains(IPAddress network, int prefix, IPAddress address)
    {
        if (network.AddressFamily != address.AddressFamily) return false;
        var n = network.GetAddressBytes();
        var a = address.GetAddressBytes();
        for (var i = 0; i < n.Length && prefix > 0; i++, prefix -= 8)
        {
            var mask = prefix >= 8 ? 0xFF : (byte)(0xFF << (8 - prefix));
            if ((n[i] & mask) != (a[i] & mask)) return false;
        }
        return true;
    }
}
