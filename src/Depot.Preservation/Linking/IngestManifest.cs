using System.Text;

namespace Depot.Preservation.Linking;

/// <summary>
/// A manifest that links ingested files to objects: a CSV with a column for the file
/// (<c>bestand</c>, <c>file</c>, …) and one for the object number (<c>objectnummer</c>,
/// <c>object_number</c>, …), separated by <c>;</c> or <c>,</c> (whichever the header uses).
/// Rows match a file by its relative path, or else by its name, ignoring case.
/// </summary>
public sealed class IngestManifest
{
    private static readonly string[] FileHeaders = ["bestand", "bestandsnaam", "bestandnaam", "file", "filename", "file_name", "file name", "pad", "path"];
    private static readonly string[] NumberHeaders = ["objectnummer", "object_nummer", "inventarisnummer", "object_number", "objectnumber", "object number", "number"];

    private readonly Dictionary<string, ManifestRow> byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ManifestRow> byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<ManifestRow> used = [];

    private IngestManifest(IReadOnlyList<ManifestRow> rows, IReadOnlyList<ManifestProblem> problems)
    {
        Rows = rows;
        Problems = problems;
        foreach (var row in rows)
        {
            byPath.TryAdd(Normalise(row.File), row);
            byName.TryAdd(Path.GetFileName(Normalise(row.File)), row);
        }
    }

    public IReadOnlyList<ManifestRow> Rows { get; }

    /// <summary>Rows that could not be read (no file name, no number), with their line.</summary>
    public IReadOnlyList<ManifestProblem> Problems { get; }

    /// <summary>The object number for a file at <paramref name="relativePath"/>, or null when no row names it.</summary>
    public string? NumberFor(string relativePath)
    {
        var path = Normalise(relativePath);
        var row = byPath.GetValueOrDefault(path) ?? byName.GetValueOrDefault(Path.GetFileName(path));
        if (row is null) return null;
        used.Add(row);
        return row.ObjectNumber;
    }

    /// <summary>Rows no file matched so far: typos in the manifest or files missing from the folder.</summary>
    public IReadOnlyList<ManifestRow> Unmatched => [.. Rows.Where(r => !used.Contains(r))];

    public static async Task<IngestManifest> ReadAsync(Stream csv, CancellationToken ct)
    {
        using var reader = new StreamReader(csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = await reader.ReadLineAsync(ct)
            ?? throw new ManifestException("Het manifest is leeg.", "The manifest is empty.");
        var separator = header.Count(c => c == ';') >= header.Count(c => c == ',') && header.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var names = Split(header.TrimStart('\uFEFF'), separator).Select(h => h.Trim().ToLowerInvariant()).ToList();
        var fileColumn = names.FindIndex(n => FileHeaders.Contains(n));
        var numberColumn = names.FindIndex(n => NumberHeaders.Contains(n));
        if (fileColumn < 0 || numberColumn < 0)
            throw new ManifestException(
                "Het manifest heeft geen kolommen ‘bestand’ en ‘objectnummer’ (of ‘file’ en ‘object_number’) in de eerste regel.",
                "The manifest has no columns ‘file’ and ‘object_number’ (or ‘bestand’ and ‘objectnummer’) in its first line.");
        var rows = new List<ManifestRow>();
        var problems = new List<ManifestProblem>();
        var line = 1;
        while (await reader.ReadLineAsync(ct) is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            var cells = Split(text, separator);
            var file = cells.ElementAtOrDefault(fileColumn)?.Trim() ?? "";
            var number = cells.ElementAtOrDefault(numberColumn)?.Trim() ?? "";
            if (file.Length == 0 || number.Length == 0)
                problems.Add(new(line, file.Length == 0 ? "geen bestandsnaam" : "geen objectnummer", file.Length == 0 ? "no file name" : "no object number"));
            else
                rows.Add(new(line, file, number));
        }
        return new IngestManifest(rows, problems);
    }

    public static async Task<IngestManifest> ReadFileAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream, ct);
    }

    private static string Normalise(string path) => path.Replace('\\', '/').TrimStart('.', '/');

    /// <summary>One CSV line into cells, honouring double quotes (a manifest is small: lines, not a streaming parser).</summary>
    internal static List<string> Split(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == separator) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}

/// <param name="Line">The line in the CSV (the header is line 1).</param>
/// <param name="File">The file as the manifest names it: a relative path or a bare name.</param>
/// <param name="ObjectNumber">The object to link it to.</param>
public sealed record ManifestRow(int Line, string File, string ObjectNumber);

public sealed record ManifestProblem(int Line, string Nl, string En);

public sealed class ManifestException(string messageNl, string messageEn) : Exception(messageEn)
{
    public string MessageNl { get; } = messageNl;
    public string MessageEn { get; } = messageEn;
}
