using System.Buffers.Binary;
using System.Text;

namespace Depot.Preservation.Tests.Formats;

/// <summary>
/// Writes a minimal OLE2 compound file (version 3, 512-byte sectors, one FAT sector) with streams at the
/// root, each padded to the 4,096-byte mini-stream cutoff so they live in normal sectors.
/// </summary>
internal static class CompoundFileWriter
{
    private const uint Free = 0xFFFFFFFF, EndOfChain = 0xFFFFFFFE, FatSector = 0xFFFFFFFD;

    public static byte[] Write(params (string Name, byte[] Content)[] streams)
    {
        const int sector = 512;
        var sized = streams.Select(s => (s.Name, Content: s.Content.Length >= 4096 ? s.Content : [.. s.Content, .. new byte[4096 - s.Content.Length]])).ToList();
        var fat = Enumerable.Repeat(Free, sector / 4).ToArray();
        fat[0] = FatSector;
        fat[1] = EndOfChain; // one directory sector: root + up to 3 streams
        var next = 2u;
        var starts = new List<uint>();
        foreach (var (_, content) in sized)
        {
            var count = (uint)(content.Length + sector - 1) / sector;
            starts.Add(next);
            for (var i = 0u; i < count; i++) fat[next + i] = i == count - 1 ? EndOfChain : next + i + 1;
            next += count;
        }
        var file = new byte[(next + 1) * sector];
        var header = file.AsSpan(0, sector);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], EndOfChain);
        for (var i = 0; i < 109; i++) BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + 4 * i)..], i == 0 ? 0 : Free);
        for (var i = 0; i < fat.Length; i++) BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(sector + 4 * i), fat[i]);

        var directory = file.AsSpan(2 * sector, sector);
        Entry(directory[..128], "Root Entry", 5, left: Free, right: Free, child: sized.Count > 0 ? 1 : Free, start: EndOfChain, size: 0);
        for (var i = 0; i < sized.Count; i++)
        {
            // A degenerate tree: each stream's right sibling is the next one.
            Entry(directory.Slice((i + 1) * 128, 128), sized[i].Name, 2, Free, i + 1 < sized.Count ? (uint)(i + 2) : Free, Free, starts[i], (uint)sized[i].Content.Length);
            sized[i].Content.CopyTo(file.AsSpan((int)(starts[i] + 1) * sector));
        }
        return file;
    }

    private static void Entry(Span<byte> entry, string name, byte type, uint left, uint right, uint child, uint start, uint size)
    {
        var encoded = Encoding.Unicode.GetBytes(name + "\0");
        encoded.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)encoded.Length);
        entry[0x42] = type;
        entry[0x43] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], left);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], start);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x78..], size);
    }
}
