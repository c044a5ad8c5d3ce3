using System.Globalization;

namespace Depot.Preservation.Ingest;

/// <summary>Why an ingest was refused, in Dutch and English, with what to do about it.</summary>
internal static class IngestRefusals
{
    public const string EmptyCode = "empty";
    public const string TooLargeCode = "too-large";
    public const string ChecksumCode = "checksum-mismatch";
    public const string ObjectCode = "object-not-found";
    public const string NameCode = "name-missing";

    public static IngestRefusal Empty() => new(EmptyCode,
        "Het bestand is leeg (0 bytes). Kies het bestand opnieuw; een lege upload wijst meestal op een afgebroken kopie.",
        "The file is empty (0 bytes). Choose it again; an empty upload usually means a broken copy.");

    public static IngestRefusal TooLarge(long max) => new(TooLargeCode,
        string.Create(CultureInfo.InvariantCulture, $"Het bestand is groter dan de limiet van {max} bytes. Vraag de beheerder de limiet (Depot:Preservation:MaxFileBytes) te verhogen."),
        string.Create(CultureInfo.InvariantCulture, $"The file is larger than the limit of {max} bytes. Ask the administrator to raise Depot:Preservation:MaxFileBytes."));

    public static IngestRefusal Checksum(string algorithm, string expected, string actual) => new(ChecksumCode,
        $"De {algorithm}-controlesom klopt niet: verwacht {expected}, ontvangen {actual}. Het bestand is onderweg veranderd of onvolledig; stuur het opnieuw.",
        $"The {algorithm} checksum does not match: expected {expected}, received {actual}. The file changed or was cut short on the way; send it again.");

    public static IngestRefusal NoObject(string what) => new(ObjectCode,
        $"Er is geen object {what} in deze organisatie. Controleer het objectnummer of koppel het bestand later.",
        $"There is no object {what} in this organisation. Check the object number or link the file later.");

    public static IngestRefusal NoName() => new(NameCode,
        "Het bestand heeft geen naam. Geef een bestandsnaam mee.",
        "The file has no name. Send a file name with it.");
}
