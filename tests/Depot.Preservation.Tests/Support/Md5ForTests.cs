using System.Security.Cryptography;

namespace Depot.Preservation.Tests.Support;

/// <summary>MD5 as the depot records it for exchange (not for security).</summary>
public static class Md5ForTests
{
#pragma warning disable CA5351 // MD5 is an exchange checksum here, never a security measure.
    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));
#pragma warning restore CA5351
}
