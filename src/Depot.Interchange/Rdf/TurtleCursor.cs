using System.Text;

namespace Depot.Interchange.Rdf;

/// <summary>Reads characters from a stream one at a time with one character of look-ahead, counting lines.</summary>
internal sealed class TurtleCursor(TextReader reader)
{
    private readonly int[] ahead = new int[2];
    private int buffered;
    private int line = 1;
    private int column = 1;

    public int Line => line;
    public int Column => column;
    public bool AtEnd => Peek() < 0;

    /// <summary>The next character, or -1 at the end.</summary>
    public int Peek() => PeekAt(0);

    /// <summary>The character after the next one, or -1 (needed to tell a name's '.' from the statement's end).</summary>
    public int PeekSecond() => PeekAt(1);

    private int PeekAt(int i)
    {
        while (buffered <= i) ahead[buffered++] = reader.Read();
        return ahead[i];
    }

    public char Next()
    {
        var c = Peek();
        if (c < 0) throw Error("onverwacht einde van het bestand");
        ahead[0] = ahead[1];
        buffered--;
        if (c == '\n')
        {
            line++;
            column = 1;
        }
        else
        {
            column++;
        }
        return (char)c;
    }

    public void Expect(char c)
    {
        var got = Peek();
        if (got != c) throw Error(got < 0 ? $"'{c}' verwacht, einde van het bestand gevonden" : $"'{c}' verwacht, '{(char)got}' gevonden");
        Next();
    }

    /// <summary>Skips white space and comments.</summary>
    public void SkipSpace()
    {
        while (true)
        {
            var c = Peek();
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                Next();
            }
            else if (c == '#')
            {
                while (Peek() is >= 0 and not '\n') Next();
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Reads a run of characters for which <paramref name="accept"/> holds.</summary>
    public string ReadWhile(Func<char, bool> accept)
    {
        var sb = new StringBuilder();
        while (Peek() is var c && c >= 0 && accept((char)c)) sb.Append(Next());
        return sb.ToString();
    }

    public RdfSyntaxException Error(string message) => new(message, line, column);
}
