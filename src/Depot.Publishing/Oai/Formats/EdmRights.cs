using System.Text.RegularExpressions;

namespace Depot.Publishing.Oai.Formats;

/// <summary>
/// edm:rights must be one of the statements Europeana accepts (Creative Commons licences and
/// public-domain tools, rightsstatements.org); a licence given another way (text, https, no
/// trailing slash) is normalised when it names one, else the object is "Copyright Not Evaluated".
/// </summary>
internal static partial class EdmRights
{
    public const string NotEvaluated = "http://rightsstatements.org/vocab/CNE/1.0/";

    public static string Statement(string licence)
    {
        var uri = licence.Trim();
        if (uri.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) uri = "http://" + uri["https://".Length..];
        if (uri.StartsWith("http://", StringComparison.Ordinal) && !uri.EndsWith('/')) uri += "/";
        return Accepted().IsMatch(uri) ? uri : NotEvaluated;
    }

    [GeneratedRegex(@"^(http://creativecommons\.org/licenses/(by|by-sa|by-nd|by-nc|by-nc-sa|by-nc-nd)/(4\.0/|(1\.0|2\.0|2\.5|3\.0)/([a-z]{2}/)?)"
        + @"|http://creativecommons\.org/publicdomain/(zero|mark)/1\.0/"
        + @"|http://rightsstatements\.org/vocab/(InC|InC-OW-EU|InC-EDU|NoC-NC|NoC-OKLR|CNE)/1\.0/)$")]
    private static partial Regex Accepted();
}
