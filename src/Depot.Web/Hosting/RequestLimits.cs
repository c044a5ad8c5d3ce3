namespace Depot.Web.Hosting;

public static class RequestLimits
{
    /// <summary>Largest request body outside file uploads: records are small; anything bigger is refused with 413.</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;
}
