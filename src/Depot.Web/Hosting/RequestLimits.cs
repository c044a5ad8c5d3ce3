using Microsoft.AspNetCore.Http.Metadata;

namespace Depot.Web.Hosting;

public static class RequestLimits
{
    /// <summary>Largest request body outside file uploads: records are small; anything bigger is refused with 413.</summary>
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Refuses a declared body over the limit before anything reads it, as 413 Problem Details. Kestrel
    /// enforces the same limit while reading; this also covers hosts without that (the test server)
    /// and answers before an endpoint starts parsing. Endpoints with their own limit (uploads) keep it.
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            // No metadata: the default limit. Metadata without a size ([DisableRequestSizeLimit]): the
            // endpoint enforces its own limit while streaming (imports up to many gigabytes).
            var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
            var limit = metadata is null ? MaxBodyBytes : metadata.MaxRequestBodySize;
            if (limit is long max && context.Request.ContentLength > max)
                throw new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge);
            return next(context);
        });
        return app;
    }
}
