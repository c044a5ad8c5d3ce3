using Depot.Interchange.Sources;

namespace Depot.Interchange.Csv;

/// <summary>
/// A <see cref="CsvMapping"/> laid over a file's header row: for each column its field (or none:
/// the column is kept verbatim) and the separator that splits a repeatable field. A mapping
/// naming a column the file lacks, or a field Depot does not know, cannot be read on.
/// </summary>
internal sealed class CsvColumns
{
    private CsvColumns(IReadOnlyList<string> headers, CsvField?[] fields, string[] separators)
    {
        Headers = headers;
        Fields = fields;
        Separators = separators;
    }

    public IReadOnlyList<string> Headers { get; }
    public CsvField?[] Fields { get; }
    public string[] Separators { get; }

    public static CsvColumns Resolve(CsvMapping mapping, IReadOnlyList<string> headers, string fileName, int? line)
    {
        var fields = new CsvField?[headers.Count];
        var separators = new string[headers.Count];
        Array.Fill(separators, mapping.RepeatSeparator);
        foreach (var column in mapping.Columns)
        {
            var field = CsvFields.Find(column.Field)
                ?? throw new SourceFormatException(fileName, line, null, null,
                    $"de koppeling verwijst naar het onbekende veld '{column.Field}' (kolom '{column.Column}').",
                    $"the mapping names the unknown field '{column.Field}' (column '{column.Column}').");
            var found = false;
            for (var i = 0; i < headers.Count; i++)
            {
                if (!string.Equals(headers[i].Trim(), column.Column.Trim(), StringComparison.Ordinal)) continue;
                fields[i] = field;
                if (!string.IsNullOrEmpty(column.Separator)) separators[i] = column.Separator;
                found = true;
            }
            if (!found)
                throw new SourceFormatException(fileName, line, null, null,
                    $"de kolom '{column.Column}' uit de koppeling staat niet in de kopregel van het bestand; pas de koppeling aan of kies het juiste bestand.",
                    $"the column '{column.Column}' of the mapping is not in the file's header row; adjust the mapping or choose the right file.");
        }
        return new CsvColumns(headers, fields, separators);
    }
}
