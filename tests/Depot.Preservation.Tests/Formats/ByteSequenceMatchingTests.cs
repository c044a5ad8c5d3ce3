using System.Text;
using System.Xml.Linq;
using Depot.Preservation.Formats.Signatures;

namespace Depot.Preservation.Tests.Formats;

public sealed class ByteSequenceMatchingTests
{
    [Fact]
    public void Beginning_sequence_matches_only_at_its_offset()
    {
        var tiff = SequenceCompiler.Compile("4D4D002A", SequenceReference.Bof);
        Assert.True(Matches(tiff, [0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x08]));
        Assert.False(Matches(tiff, [0x20, 0x4D, 0x4D, 0x00, 0x2A]));

        var within = SequenceCompiler.Compile("'HDR'", SequenceReference.Bof, 4, 8);
        Assert.True(Matches(within, Ascii("1234HDR")));
        Assert.True(Matches(within, Ascii("12345678HDR")));
        Assert.False(Matches(within, Ascii("123HDR")));
        Assert.False(Matches(within, Ascii("123456789HDR")));
    }

    [Fact]
    public void Wildcards_and_fixed_gaps_skip_exactly_what_they_say()
    {
        Assert.True(Matches("47 ?? 46", "GxF"));
        Assert.False(Matches("47 ?? 46", "GF"));
        Assert.True(Matches("41{2}42", "A..B"));
        Assert.False(Matches("41{2}42", "A.B"));
        Assert.False(Matches("41{2}42", "A...B"));
    }

    [Fact]
    public void Ranged_and_open_gaps_allow_what_they_say()
    {
        Assert.True(Matches("41{1-3}42", "AxB"));
        Assert.True(Matches("41{1-3}42", "AxxxB"));
        Assert.False(Matches("41{1-3}42", "AB"));
        Assert.False(Matches("41{1-3}42", "AxxxxB"));
        Assert.True(Matches("41 * 42", "A" + new string('x', 5000) + "B"));
        Assert.True(Matches("41{2-*}42", "AxxB"));
        Assert.False(Matches("41{2-*}42", "AxB"));
    }

    [Fact]
    public void Alternatives_of_different_lengths_each_match()
    {
        const string pattern = "7B (6162|63|) 7D";
        Assert.True(Matches(pattern, "{ab}"));
        Assert.True(Matches(pattern, "{c}"));
        Assert.True(Matches(pattern, "{}"));
        Assert.False(Matches(pattern, "{a}"));
        Assert.True(Matches("'office:version=' (22|27) '1.2' (22|27)", "office:version='1.2'"));
        Assert.False(Matches("'office:version=' (22|27) '1.2' (22|27)", "office:version=\"1.3\""));
    }

    [Fact]
    public void Ranges_negations_and_masks_test_each_byte()
    {
        Assert.True(Matches("[30:39][!30:39]", "5a"));
        Assert.False(Matches("[30:39][!30:39]", "55"));
        Assert.True(Matches("'Word.Document.' ['6'-'7'] 00", "Word.Document.7\0"));
        Assert.False(Matches("'Word.Document.' ['6'-'7'] 00", "Word.Document.8\0"));
        Assert.True(Matches("58 [&01]", [0x58, 0x03]));
        Assert.False(Matches("58 [&01]", [0x58, 0x02]));
        Assert.True(Matches("58 [!&01]", [0x58, 0x02]));
        Assert.True(Matches("58 [~C0]", [0x58, 0x40]));
        Assert.False(Matches("58 [~C0]", [0x58, 0x3F]));
        Assert.False(Matches("58 [!0D]", [0x58, 0x0D]));
    }

    [Fact]
    public void Multi_byte_ranges_compare_big_endian()
    {
        Assert.True(Matches("58 [0000:1000]", [0x58, 0x0F, 0xFF]));
        Assert.False(Matches("58 [0000:1000]", [0x58, 0x10, 0x01]));
        Assert.True(Matches("58 [!4142]", [0x58, 0x41, 0x43]));
        Assert.False(Matches("58 [!4142]", [0x58, 0x41, 0x42]));
    }

    [Fact]
    public void End_sequences_count_back_from_the_end_of_the_file()
    {
        var gif = SequenceCompiler.Compile("3B", SequenceReference.Eof, 0, 4);
        Assert.True(Matches(gif, Ascii("GIF89a...;")));
        Assert.True(Matches(gif, Ascii("GIF89a...;\0\0\0\0")));
        Assert.False(Matches(gif, Ascii("GIF89a...;\0\0\0\0\0")));

        var pdf = SequenceCompiler.Compile("'startxref' * '%%EOF' {0-2}", SequenceReference.Eof);
        Assert.True(Matches(pdf, Ascii("%PDF-1.4 ... startxref\n1234\n%%EOF\r\n")));
        Assert.False(Matches(pdf, Ascii("%PDF-1.4 ... %%EOF startxref\n")));
        Assert.False(Matches(pdf, Ascii("%PDF-1.4 ... startxref\n1234\n%%EOF\r\n\r\n")));
    }

    [Fact]
    public void Floating_sequences_are_found_anywhere_in_the_window()
    {
        var floating = SequenceCompiler.Compile("'wacz_version'", SequenceReference.Variable, 0, -1);
        Assert.True(Matches(floating, Ascii(new string(' ', 20_000) + "\"wacz_version\": 1")));
        Assert.False(Matches(floating, Ascii(new string(' ', 20_000) + "\"wacz_versio\": 1")));
    }

    [Fact]
    public void Droid_fragments_left_of_the_anchor_fix_where_the_sequence_starts()
    {
        // Signature 26 of DROID V118 (Rich Text Format): {\rt (f|f1) \ (ansi|mac|pc|pca) \ansicpg at offset 0.
        var sequence = SignatureXml.Sequence(XElement.Parse("""
            <ByteSequence Reference="BOFoffset">
              <SubSequence Position="1" SubSeqMaxOffset="0" SubSeqMinOffset="0">
                <Sequence>5C616E7369637067</Sequence>
                <LeftFragment MaxOffset="0" MinOffset="0" Position="1">616E7369</LeftFragment>
                <LeftFragment MaxOffset="0" MinOffset="0" Position="1">6D6163</LeftFragment>
                <LeftFragment MaxOffset="0" MinOffset="0" Position="2">5C</LeftFragment>
                <LeftFragment MaxOffset="0" MinOffset="0" Position="3">66</LeftFragment>
                <LeftFragment MaxOffset="0" MinOffset="0" Position="3">6631</LeftFragment>
                <LeftFragment MaxOffset="0" MinOffset="0" Position="4">7B5C7274</LeftFragment>
                <RightFragment MaxOffset="5" MinOffset="1" Position="1">5C</RightFragment>
              </SubSequence>
            </ByteSequence>
            """));
        Assert.True(Matches(sequence, Ascii(@"{\rtf1\ansi\ansicpg1252\deff0")));
        Assert.True(Matches(sequence, Ascii(@"{\rtf\mac\ansicpg10000\deff0")));
        Assert.False(Matches(sequence, Ascii(@" {\rtf1\ansi\ansicpg1252\deff0")));
        Assert.False(Matches(sequence, Ascii(@"{\rtf1\pc\ansicpg1252\deff0")));
        Assert.False(Matches(sequence, Ascii(@"{\rtf1\ansi\ansicpg\deff0")));
    }

    private static bool Matches(string pattern, string text) => Matches(SequenceCompiler.Compile(pattern, SequenceReference.Bof), Ascii(text));

    private static bool Matches(string pattern, byte[] bytes) => Matches(SequenceCompiler.Compile(pattern, SequenceReference.Bof), bytes);

    private static bool Matches(ByteSequence sequence, byte[] bytes) => sequence.Matches(new ScanWindow(bytes, bytes));

    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);
}
