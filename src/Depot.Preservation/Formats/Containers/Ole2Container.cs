using System.Buffers.Binary;
using System.Text;

namespace Depot.Preservation.Formats.Containers;

/// <summary>
/// A minimal OLE2 compound-file reader (MS-CFB): header, DIFAT, FAT, mini FAT and the directory,
/// enough to list stream paths (<c>WordDocument</c>, <c>Storage/Stream</c>) and read the head of a
/// stream. Leading control characters of names (<c>\u0005SummaryInformation</c>) are dropped as DROID does.
/// Corrupt chains end the walk instead of looping.
/// </summary>
internal sealed class Ole2Container : IContainer
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private static readonly byte[] Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private readonly Stream stream;
    private readonly int sectorSize;
    private readonly int miniSectorSize;
    private readonly uint miniCutoff;
    private readonly uint[] fat;
    private readonly uint[] miniFat;
    private readonly Dictionary<string, (uint Start, long Size)> streams = new(StringComparer.Ordinal);
    private readonly HashSet<string> storages = new(StringComparer.Ordinal);
    private (uint Start, long Size) miniStream;
    private byte[]? miniBytes;

    private Ole2Container(Stream stream, byte[] header)
    {
        this.stream = stream;
        sectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        miniSectorSize = 1 << BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x20));
        if (sectorSize is not (512 or 4096) || miniSectorSize > sectorSize) throw new InvalidDataException("Not a compound file: odd sector size.");
        miniCutoff = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x38));
        fat = ReadFat(header);
        var directory = ReadChain(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x30)), long.MaxValue, 4 << 20);
        miniFat = ToUInts(ReadChain(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x3C)), long.MaxValue, 4 << 20));
        ReadDirectory(directory);
    }

    /// <summary>The container, or null when the stream is not a readable compound file.</summary>
    public static Ole2Container? Open(Stream stream)
    {
        try
        {
            var header = new byte[512];
            stream.Position = 0;
            if (stream.ReadAtLeast(header, 512, throwOnEndOfStream: false) < 512 || !header.AsSpan(0, 8).SequenceEqual(Magic)) return null;
            return new Ole2Container(stream, header);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    public IEnumerable<string> Paths => streams.Keys;

    public bool Has(string path) => streams.ContainsKey(path) || storages.Contains(path.TrimEnd('/'));

    public byte[]? Read(string path, int maxBytes)
    {
        if (!streams.TryGetValue(path, out var entry)) return null;
        var length = (int)Math.Min(entry.Size, maxBytes);
        if (entry.Size >= miniCutoff) return ReadChain(entry.Start, length, length);
        // Small streams live in the mini stream, itself a chain of normal sectors.
        var mini = miniBytes ??= ReadChain(miniStream.Start, miniStream.Size, 16 << 20);
        var result = new byte[length];
        var (sector, done) = (entry.Start, 0);
        for (var guard = 0; done < length && guard++ <= miniFat.Length;)
        {
            var offset = (long)sector * miniSectorSize;
            if (offset >= mini.Length) break;
            var count = (int)Math.Min(Math.Min(miniSectorSize, length - done), mini.Length - offset);
            mini.AsSpan((int)offset, count).CopyTo(result.AsSpan(done));
            done += count;
            if (sector >= miniFat.Length) break;
            sector = miniFat[sector];
        }
        return result;
    }

    private uint[] ReadFat(byte[] header)
    {
        var fatSectors = new List<uint>();
        for (var i = 0; i < 109; i++)
        {
            var s = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x4C + 4 * i));
            if (s < EndOfChain - 4) fatSectors.Add(s);
        }
        var difat = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x44));
        var buffer = new byte[sectorSize];
        for (var guard = 0; difat < EndOfChain - 4 && guard++ < 100_000; difat = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(sectorSize - 4)))
        {
            ReadSector(difat, buffer);
            for (var i = 0; i < sectorSize / 4 - 1; i++)
            {
                var s = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(4 * i));
                if (s < EndOfChain - 4) fatSectors.Add(s);
            }
        }
        var table = new byte[fatSectors.Count * sectorSize];
        for (var i = 0; i < fatSectors.Count; i++) ReadSector(fatSectors[i], table.AsSpan(i * sectorSize, sectorSize));
        return ToUInts(table);
    }

    private byte[] ReadChain(uint start, long size, int cap)
    {
        using var buffer = new MemoryStream();
        var sector = new byte[sectorSize];
        for (var guard = 0; start < EndOfChain - 4 && buffer.Length < Math.Min(size, cap) && guard++ <= fat.Length; start = start < fat.Length ? fat[start] : EndOfChain)
        {
            ReadSector(start, sector);
            buffer.Write(sector, 0, (int)Math.Min(sectorSize, Math.Min(size, cap) - buffer.Length));
        }
        return buffer.ToArray();
    }

    private void ReadSector(uint sector, Span<byte> into)
    {
        stream.Position = ((long)sector + 1) * sectorSize;
        var read = stream.ReadAtLeast(into, into.Length, throwOnEndOfStream: false);
        into[read..].Clear();
    }

    private void ReadDirectory(byte[] directory)
    {
        var count = directory.Length / 128;
        if (count == 0) throw new InvalidDataException("Compound file without a directory.");
        var root = directory.AsSpan(0, 128);
        miniStream = (BinaryPrimitives.ReadUInt32LittleEndian(root[0x74..]), (long)BinaryPrimitives.ReadUInt64LittleEndian(root[0x78..]));
        var seen = new HashSet<uint>();
        var pending = new Stack<(uint Id, string Prefix)>();
        pending.Push((BinaryPrimitives.ReadUInt32LittleEndian(root[0x4C..]), ""));
        while (pending.Count > 0)
        {
            var (id, prefix) = pending.Pop();
            if (id >= count || !seen.Add(id)) continue;
            var entry = directory.AsSpan((int)id * 128, 128);
            var nameLength = Math.Clamp((int)BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]) - 2, 0, 62);
            var name = Encoding.Unicode.GetString(entry[..nameLength]);
            name = name[name.TakeWhile(c => c < ' ').Count()..];
            pending.Push((BinaryPrimitives.ReadUInt32LittleEndian(entry[0x44..]), prefix));
            pending.Push((BinaryPrimitives.ReadUInt32LittleEndian(entry[0x48..]), prefix));
            if (entry[0x42] == 1) pending.Push((BinaryPrimitives.ReadUInt32LittleEndian(entry[0x4C..]), prefix + name + "/"));
            if (entry[0x42] == 2)
                streams.TryAdd(prefix + name, (BinaryPrimitives.ReadUInt32LittleEndian(entry[0x74..]), (long)(BinaryPrimitives.ReadUInt64LittleEndian(entry[0x78..]) & (sectorSize == 512 ? 0xFFFFFFFF : ulong.MaxValue))));
            if (entry[0x42] == 1) storages.Add(prefix + name);
        }
    }

    private static uint[] ToUInts(byte[] bytes)
    {
        var result = new uint[bytes.Length / 4];
        for (var i = 0; i < result.Length; i++) result[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4 * i));
        return result;
    }
}
