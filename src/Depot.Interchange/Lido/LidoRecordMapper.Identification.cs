using System.Globalization;
using System.Xml.Linq;
using Depot.Core.Registration.Objects;
using Depot.Interchange.Sources;

namespace Depot.Interchange.Lido;

internal sealed partial class LidoRecordMapper
{
    /// <summary>
    /// workID of the repository; the inventory number when a record gives several. Many valid LIDO records
    /// (photo archives, numismatic portals) carry no workID at all: they then take their lidoRecID as object
    /// number, with a warning, so a valid record is never refused for lacking something LIDO does not require.
    /// </summary>
    private string ObjectNumber(XElement? identification, string recordId)
    {
        var ids = All(identification, "repositoryWrap", "repositorySet", "workID").Where(HasText).ToList();
        var chosen = ids.FirstOrDefault(id => IsInventoryNumber(Attr(id, "type"))) ?? ids.FirstOrDefault();
        if (chosen is null)
        {
            if (recordId.Length == 0)
            {
                Issue(IssueSeverity.Warning, "lido:workID", "Het record heeft geen objectnummer (lido:workID).", "The record has no object number (lido:workID).");
                return "";
            }
            Issue(IssueSeverity.Warning, "lido:workID",
                $"Het record heeft geen objectnummer (lido:workID); het lidoRecID {recordId} is als objectnummer gebruikt.",
                $"The record has no object number (lido:workID); its lidoRecID {recordId} is used as object number.");
            return recordId;
        }
        if (IsInventoryNumber(Attr(chosen, "type"))) TakeAttr(chosen, "type");
        return Take(chosen);
    }

    private static bool IsInventoryNumber(string? type) =>
        type is not null && (type.Contains("inventar", StringComparison.OrdinalIgnoreCase)
            || type.Contains("inventory", StringComparison.OrdinalIgnoreCase)
            || type.Contains("objectnummer", StringComparison.OrdinalIgnoreCase)
            || type.Contains("object number", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("lido00113", StringComparison.Ordinal));

    /// <summary>All titles in all languages; lido:pref decides preferred or alternate, else the first set is preferred.</summary>
    private List<Title> Titles(XElement? identification)
    {
        var titles = new List<Title>();
        var first = true;
        foreach (var set in All(identification, "titleWrap", "titleSet"))
        {
            var languagesSeen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in Els(set, "appellationValue").Where(HasText))
            {
                var lang = Lang(value);
                var type = IsPreferred(value) switch
                {
                    true => TitleType.Preferred,
                    false => TitleType.Alternate,
                    null => first && languagesSeen.Add(lang) ? TitleType.Preferred : TitleType.Alternate,
                };
                TakeAttr(value, "pref");
                titles.Add(new Title(Take(value), lang, type));
            }
            first = false;
        }
        return titles;
    }

    /// <summary>A LIDO concept (conceptID + term, or a 1.1 skos:Concept) as a term with its ids.</summary>
    private SourceTerm? Concept(XElement? concept)
    {
        if (concept is null) return null;
        var ids = new List<string>();
        foreach (var id in Els(concept, "conceptID").Where(HasText))
        {
            var termId = LidoIdentifiers.ToTermId(OwnText(id), Attr(id, "source"));
            if (termId.Length == 0 || ids.Contains(termId)) continue;
            if (LidoIdentifiers.SourceNamesScheme(OwnText(id), Attr(id, "source"))) TakeAttr(id, "source");
            TakeAttr(id, "type");
            TakeAttr(id, "pref");
            Take(id);
            ids.Add(termId);
        }
        var terms = Els(concept, "term").Where(HasText).ToList();
        var term = terms.FirstOrDefault(t => IsPreferred(t) == true) ?? terms.FirstOrDefault(t => IsPreferred(t) != false) ?? terms.FirstOrDefault();
        if (term is not null)
        {
            TakeAttr(term, "pref");
            return new SourceTerm(Collapse(Take(term)), Lang(term), ids);
        }
        if (concept.Element(LidoNames.SkosNs + "Concept") is { } skos)
        {
            var about = skos.Attribute(LidoNames.RdfNs + "about");
            if (about is not null && about.Value.Trim().Length > 0 && !ids.Contains(about.Value.Trim()))
            {
                used.Add(about);
                ids.Add(about.Value.Trim());
            }
            var labels = skos.Elements(LidoNames.SkosNs + "prefLabel").Where(HasText).ToList();
            var label = labels.FirstOrDefault(l => Lang(l) == "nl") ?? labels.FirstOrDefault(l => Lang(l) == "en") ?? labels.FirstOrDefault();
            if (label is not null || ids.Count > 0) return new SourceTerm(Collapse(Take(label)), Lang(label), ids);
        }
        return ids.Count > 0 ? new SourceTerm("", "", ids) : null;
    }

    /// <summary>Labels wrapped over several lines in the file read as one line.</summary>
    private static string Collapse(string label) =>
        label.Contains('\n', StringComparison.Ordinal) ? string.Join(' ', label.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)) : label;

    /// <summary>A text that LIDO 1.0 gives as text and 1.1 may give as a skos:Concept (measurementType, measurementUnit).</summary>
    private string TextOrConcept(XElement? e)
    {
        if (e is null) return "";
        if (HasText(e)) return Take(e);
        return Concept(e)?.Label ?? "";
    }

    private List<Dimension> Dimensions(XElement? identification)
    {
        var dimensions = new List<Dimension>();
        foreach (var measurements in All(identification, "objectMeasurementsWrap", "objectMeasurementsSet", "objectMeasurements"))
        {
            var extent = Els(measurements, "extentMeasurements").FirstOrDefault(HasText);
            foreach (var set in Els(measurements, "measurementsSet"))
            {
                var valueElement = El(set, "measurementValue");
                var raw = valueElement is null ? "" : OwnText(valueElement);
                if (!decimal.TryParse(raw.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                {
                    if (raw.Length > 0)
                        Issue(IssueSeverity.Warning, "lido:measurementValue", $"Afmeting '{raw}' is geen getal; ze wordt ongewijzigd bewaard.", $"Measurement '{raw}' is not a number; it is kept as written.");
                    continue;
                }
                Take(valueElement);
                dimensions.Add(new Dimension(TextOrConcept(El(set, "measurementType")), value, TextOrConcept(El(set, "measurementUnit")), Take(extent)));
            }
        }
        return dimensions;
    }

    private List<Inscription> Inscriptions(XElement? identification)
    {
        var list = new List<Inscription>();
        foreach (var inscription in All(identification, "inscriptionsWrap", "inscriptions"))
        {
            var transcription = Els(inscription, "inscriptionTranscription").FirstOrDefault(HasText);
            if (transcription is null) continue;
            var type = TakeAttr(inscription, "type") ?? TakeAttr(transcription, "type") ?? "";
            var position = Els(inscription, "inscriptionDescription")
                .FirstOrDefault(d => Attr(d, "type") is { } t && (t.Contains("position", StringComparison.OrdinalIgnoreCase) || t.Contains("positie", StringComparison.OrdinalIgnoreCase)));
            var positionText = "";
            if (position is not null)
            {
                TakeAttr(position, "type");
                positionText = Take(Els(position, "descriptiveNoteValue").FirstOrDefault(HasText));
            }
            list.Add(new Inscription(type, Take(transcription), positionText, Lang(transcription)));
        }
        return list;
    }
}
