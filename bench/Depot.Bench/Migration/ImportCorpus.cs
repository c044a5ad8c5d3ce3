using System.Globalization;
using System.Text;

namespace Depot.Bench.Migration;

/// <summary>
/// A realistic LIDO 1.1 lidoWrap of n records for the import benchmark: two titles, an object
/// name with its AAT id, a classification, two or three makers with VIAF ids and roles, a dated
/// production, two materials, three measurements and a kept record source per record, drawn from
/// pools the size of a regional museum's (a few hundred makers, tens of terms).
/// </summary>
internal static class ImportCorpus
{
    private static readonly string[] Names = ["Rubens, Peter Paul", "Jordaens, Jacob", "Van Dyck, Anthony", "Bruegel, Pieter I", "Ensor, James", "Permeke, Constant", "Memling, Hans", "Van Eyck, Jan"];
    private static readonly (string Label, string Aat)[] ObjectNames = [("schilderij", "300033618"), ("tekening", "300033973"), ("prent", "300041273"), ("beeldhouwwerk", "300047090"), ("foto", "300046300")];
    private static readonly string[] Materials = ["olieverf", "doek", "paneel", "papier", "brons", "eikenhout", "inkt", "marmer", "gips", "zilver"];
    private static readonly string[] Subjects = ["landschappen", "portretten", "religieuze voorstellingen", "stillevens", "genrevoorstellingen"];
    private static readonly string[] Words = ["Gezicht", "op", "de", "Schelde", "Portret", "van", "een", "dame", "Landschap", "met", "molen", "Stilleven", "bloemen", "Aanbidding", "koningen", "haven", "Antwerpen", "Brugge"];

    public static void Write(string path, int count)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        w.Write("""<?xml version="1.0" encoding="UTF-8"?>""");
        w.Write("\n<lido:lidoWrap xmlns:lido=\"http://www.lido-schema.org\">\n");
        var sb = new StringBuilder(4096);
        for (var i = 1; i <= count; i++)
        {
            sb.Clear();
            Record(sb, i);
            w.Write(sb);
        }
        w.Write("</lido:lidoWrap>\n");
    }

    private static void Record(StringBuilder sb, int i)
    {
        var n = i.ToString("0000000", CultureInfo.InvariantCulture);
        var (name, aat) = ObjectNames[i % ObjectNames.Length];
        var title = $"{Words[i % Words.Length]} {Words[(i / 3) % Words.Length]} {Words[(i / 7) % Words.Length]} {i}";
        var year = 1450 + i % 500;
        sb.Append(CultureInfo.InvariantCulture, $"""<lido:lido><lido:lidoRecID lido:type="local">bench:{n}</lido:lidoRecID><lido:descriptiveMetadata xml:lang="nl"><lido:objectClassificationWrap><lido:objectWorkTypeWrap><lido:objectWorkType><lido:conceptID lido:type="purl">http://vocab.getty.edu/aat/{aat}</lido:conceptID><lido:term>{name}</lido:term></lido:objectWorkType></lido:objectWorkTypeWrap><lido:classificationWrap><lido:classification><lido:term>{Subjects[i % Subjects.Length]}</lido:term></lido:classification></lido:classificationWrap></lido:objectClassificationWrap>""");
        sb.Append(CultureInfo.InvariantCulture, $"""<lido:objectIdentificationWrap><lido:titleWrap><lido:titleSet><lido:appellationValue lido:pref="preferred" xml:lang="nl">{title}</lido:appellationValue></lido:titleSet><lido:titleSet><lido:appellationValue lido:pref="alternate" xml:lang="en">Work {i}</lido:appellationValue></lido:titleSet></lido:titleWrap><lido:repositoryWrap><lido:repositorySet><lido:workID lido:type="inventory number">BENCH.{n}</lido:workID></lido:repositorySet></lido:repositoryWrap><lido:objectMeasurementsWrap>""");
        foreach (var (type, value) in new[] { ("hoogte", 20 + i % 180), ("breedte", 15 + i % 150), ("diepte", 1 + i % 20) })
            sb.Append(CultureInfo.InvariantCulture, $"""<lido:objectMeasurementsSet><lido:objectMeasurements><lido:measurementsSet><lido:measurementType>{type}</lido:measurementType><lido:measurementUnit>cm</lido:measurementUnit><lido:measurementValue>{value}</lido:measurementValue></lido:measurementsSet></lido:objectMeasurements></lido:objectMeasurementsSet>""");
        sb.Append("""</lido:objectMeasurementsWrap></lido:objectIdentificationWrap><lido:eventWrap><lido:eventSet><lido:event><lido:eventType><lido:term>production</lido:term></lido:eventType>""");
        for (var m = 0; m < 2 + i % 2; m++)
        {
            var maker = (i * 7 + m * 13) % 400;
            sb.Append(CultureInfo.InvariantCulture, $"""<lido:eventActor><lido:actorInRole><lido:actor><lido:actorID lido:source="VIAF" lido:type="purl">http://viaf.org/viaf/{900000 + maker}</lido:actorID><lido:nameActorSet><lido:appellationValue lido:pref="preferred">{Names[maker % Names.Length]} ({maker})</lido:appellationValue></lido:nameActorSet></lido:actor><lido:roleActor><lido:term>{(m == 0 ? "schilder" : "ontwerper")}</lido:term></lido:roleActor></lido:actorInRole></lido:eventActor>""");
        }
        sb.Append(CultureInfo.InvariantCulture, $"""<lido:eventDate><lido:displayDate>circa {year}</lido:displayDate><lido:date><lido:earliestDate>{year - 5}</lido:earliestDate><lido:latestDate>{year + 5}</lido:latestDate></lido:date></lido:eventDate>""");
        for (var m = 0; m < 2; m++)
            sb.Append(CultureInfo.InvariantCulture, $"""<lido:eventMaterialsTech><lido:materialsTech><lido:termMaterialsTech lido:type="material"><lido:term>{Materials[(i + m * 3) % Materials.Length]}</lido:term></lido:termMaterialsTech></lido:materialsTech></lido:eventMaterialsTech>""");
        sb.Append("""</lido:event></lido:eventSet></lido:eventWrap></lido:descriptiveMetadata>""");
        sb.Append(CultureInfo.InvariantCulture, $"""<lido:administrativeMetadata xml:lang="nl"><lido:recordWrap><lido:recordID lido:type="local">{i}</lido:recordID><lido:recordType><lido:term>item</lido:term></lido:recordType><lido:recordSource><lido:legalBodyName><lido:appellationValue>Benchmuseum</lido:appellationValue></lido:legalBodyName></lido:recordSource></lido:recordWrap></lido:administrativeMetadata></lido:lido>""");
        sb.Append('\n');
    }
}
