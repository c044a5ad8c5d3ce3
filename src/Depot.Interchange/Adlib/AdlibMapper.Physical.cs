using System.Globalization;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Adlib;

internal sealed partial class AdlibMapper
{
    /// <summary>One dimension per <c>dimension.value</c>, with type, unit and part from the same group; units stay as given.</summary>
    private List<Dimension> Dimensions()
    {
        var dimensions = new List<Dimension>();
        foreach (var scope in scopes)
        {
            var values = In(scope, "dimension.value");
            var types = In(scope, "dimension.type");
            var units = In(scope, "dimension.unit");
            var parts = In(scope, "dimension.part");
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i].Values.FirstOrDefault(v => v.Text.Length > 0) is not { } raw) continue;
                if (ParseDecimal(raw.Text) is not decimal value)
                {
                    Warn(values[i], $"Afmeting '{raw.Text}' is geen getal; de tekst is bewaard.", $"Dimension '{raw.Text}' is not a number; the text is kept.");
                    continue;
                }
                raw.Used = true;
                dimensions.Add(new Dimension(Take(At(types, i)), value, Take(At(units, i)), Take(At(parts, i))));
            }
        }
        return dimensions;
    }

    /// <summary>A number written with a decimal point or a Dutch decimal comma ("29.1", "29,1").</summary>
    internal static decimal? ParseDecimal(string text)
    {
        var t = text.Trim();
        if (t.Contains(',', StringComparison.Ordinal) && !t.Contains('.', StringComparison.Ordinal)) t = t.Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? d : null;
    }

    /// <summary>The first condition with its note from the same group (a condition check's other fields stay kept).</summary>
    private (SourceTerm? Condition, string Note) Condition()
    {
        foreach (var scope in scopes)
            if (Terms(scope, "condition").FirstOrDefault() is { } condition)
                return (condition, Take(In(scope, "condition.notes").FirstOrDefault()));
        return (null, "");
    }

    private SourceAcquisition? Acquisition()
    {
        var method = TermsEverywhere("acquisition.method").FirstOrDefault();
        var source = scopes.SelectMany(s => In(s, "acquisition.source")).Select(n => (Node: n, Name: Take(n))).FirstOrDefault(x => x.Name.Length > 0);
        DateOnly? date = null;
        foreach (var node in scopes.SelectMany(s => In(s, "acquisition.date")))
        {
            if (node.Values.FirstOrDefault(v => v.Text.Length > 0) is not { } value) continue;
            if (AdlibDates.Full(value.Text) is { } full)
            {
                value.Used = true;
                date = full;
            }
            else if (AdlibDates.Year(value.Text) is null)
            {
                Warn(node, $"Verwervingsdatum '{value.Text}' is geen datum; de tekst is bewaard.", $"Acquisition date '{value.Text}' is not a date; the text is kept.");
            }
            break;
        }
        var note = FirstText("acquisition.notes");
        if (method is null && source.Node is null && date is null && note.Length == 0) return null;
        SourceAgent? agent = source.Node is null ? null
            : new SourceAgent(source.Name, Ids: Ids(source.Node, null, null).Select(UriIds.ToExternalId).ToList());
        return new SourceAcquisition(method, agent, date, note);
    }
}
