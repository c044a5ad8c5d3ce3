namespace Depot.Publishing.Oai;

/// <summary>One error condition of the protocol (section 3.6) with its message.</summary>
internal sealed record OaiError(string Code, string Message)
{
    public static OaiError BadVerb(string message) => new("badVerb", message);
    public static OaiError BadArgument(string message) => new("badArgument", message);
    public static OaiError BadResumptionToken() => new("badResumptionToken", "The resumptionToken is invalid or has expired.");
    public static OaiError CannotDisseminateFormat(string prefix) => new("cannotDisseminateFormat", $"The metadata format '{prefix}' is not supported for this item or by this repository.");
    public static OaiError IdDoesNotExist(string identifier) => new("idDoesNotExist", $"No item has the identifier '{identifier}'.");
    public static OaiError NoRecordsMatch() => new("noRecordsMatch", "No records match the combination of set, from and until given.");
    public static OaiError NoMetadataFormats() => new("noMetadataFormats", "There are no metadata formats available for this item.");

    /// <summary>After these two the request element carries no attributes (protocol 3.2).</summary>
    public bool HidesArguments => Code is "badVerb" or "badArgument";
}
