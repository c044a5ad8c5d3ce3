using Depot.Core;
using Depot.Core.Validation;
using Depot.Storage.Records;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Depot.Web.Hosting;

/// <summary>Every error as RFC 9457 Problem Details, with a message a person can act on in Dutch or English.</summary>
public static class ProblemDetailsModule
{
    public static IServiceCollection AddDepotProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier);
        });

    public static WebApplication UseDepotProblemDetails(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteAsync });
        app.UseStatusCodePages();
        return app;
    }

    private static async Task WriteAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var english = Language.IsEnglish(context);
        var problem = error switch
        {
            ValidationFailedException v => Validation(v, english),
            StaleEditException s => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = english ? "Somebody else changed this record" : "Iemand anders heeft dit record gewijzigd",
                Detail = english
                    ? $"{s.ChangedBy} saved version {s.CurrentVersion} on {s.ChangedAt:yyyy-MM-dd HH:mm} UTC. Reload the record, redo your change and save again; nothing was overwritten."
                    : $"{s.ChangedBy} bewaarde versie {s.CurrentVersion} op {s.ChangedAt:dd-MM-yyyy HH:mm} UTC. Laad het record opnieuw, breng je wijziging opnieuw aan en bewaar; er werd niets overschreven.",
                Extensions = { ["currentVersion"] = s.CurrentVersion, ["changedBy"] = s.ChangedBy, ["changedAt"] = s.ChangedAt },
            },
            HarvestedReadOnlyException h => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = english ? "Harvested object: read-only" : "Geoogst object: alleen-lezen",
                Detail = english ? h.En : h.Nl,
                Extensions = { ["source"] = h.SourceName, ["objectId"] = h.ObjectId },
            },
            RecordNotFoundException => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = english ? "Not found" : "Niet gevonden",
                Detail = english ? "This record does not exist in this organisation." : "Dit record bestaat niet in deze organisatie.",
            },
            DomainException d => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = english ? "Invalid value" : "Ongeldige waarde",
                Detail = english ? d.MessageEn : d.MessageNl,
                Extensions = { ["code"] = d.Code },
            },
            BadHttpRequestException b when b.StatusCode == StatusCodes.Status413PayloadTooLarge => new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = english ? "Request too large" : "Verzoek te groot",
                Detail = english
                    ? $"Requests are limited to {RequestLimits.MaxBodyBytes / 1024 / 1024} MB. Send fewer records at once."
                    : $"Een verzoek is hoogstens {RequestLimits.MaxBodyBytes / 1024 / 1024} MB. Stuur minder records tegelijk.",
            },
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = english ? "Bad request" : "Ongeldig verzoek",
                Detail = english ? "The request could not be read: check that the body is valid JSON." : "Het verzoek kon niet gelezen worden: controleer of de inhoud geldige JSON is.",
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = english ? "Something went wrong" : "Er ging iets mis",
                Detail = english ? "The error was logged. Try again; if it keeps happening, contact the platform administrator with the trace id."
                    : "De fout werd gelogd. Probeer opnieuw; blijft het gebeuren, geef dan de trace-id aan de platformbeheerder.",
            },
        };
        context.Response.StatusCode = problem.Status ?? 500;
        problem.Extensions["traceId"] = context.TraceIdentifier;
        await Results.Problem(problem).ExecuteAsync(context);
    }

    public static ProblemDetails Validation(ValidationFailedException v, bool english) => new HttpValidationProblemDetails(
        v.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => english ? e.MessageEn : e.MessageNl).ToArray()))
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = english ? "Some fields need attention" : "Enkele velden kloppen niet",
        Detail = string.Join(" ", v.Errors.Select(e => english ? e.MessageEn : e.MessageNl)),
        Extensions = { ["codes"] = v.Errors.Select(e => new { field = e.Field, code = e.Code }).ToArray() },
    };
}

/// <summary>
/// The language of the response: Dutch unless asked otherwise, by an explicit <c>lang</c> in the
/// query (the public portal's links), else the person's choice (cookie), else the browser.
/// </summary>
public static class Language
{
    public const string Cookie = "depot.lang";

    public static bool IsEnglish(HttpContext context) =>
        context.Request.Query["lang"].ToString() is { Length: > 0 } asked ? asked.StartsWith("en", StringComparison.OrdinalIgnoreCase)
        : context.Request.Cookies[Cookie] is { } chosen ? chosen.StartsWith("en", StringComparison.OrdinalIgnoreCase)
        : context.Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
