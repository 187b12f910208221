using CustomerValue.Lifetime;
using CustomerValue.Tests.TestSupport;
using Xunit.Abstractions;

namespace CustomerValue.Tests.Lifetime;

public sealed class MbgNbdCdnowTests(ITestOutputHelper output)
{
    [SharedDataFact]
    public void Fit_reproduces_the_published_cdnow_estimates()
    {
        ModelFit<MbgNbdModel> fit = MbgNbdModel.Fit(CdnowData.Customers).EnsureConverged();
        output.WriteLine($"{fit.Model} LL={fit.LogLikelihood:R} it={fit.Iterations} {fit.ExitReason}");
        MbgNbdParameters p = fit.Model.Parameters;
        Assert.Equal(0.525, p.R, 0.0005);
        Assert.Equal(6.183, p.Alpha, 0.0005);
        Assert.Equal(0.891, p.A, 0.0005);
        Assert.Equal(1.614, p.B, 0.0005);
        Assert.Equal(-9582.13, fit.LogLikelihood, 0.01);
    }

    [SharedDataFact]
    public void Bg_nbd_fit_is_at_least_as_good_as_the_published_point()
    {
        ModelFit<BgNbdModel> fit = BgNbdModel.Fit(CdnowData.Customers);
        var published = new BgNbdParameters(0.2425945, 4.4136019, 0.7929199, 2.4258881);
        double atPublished = new BgNbdModel(published).LogLikelihood(CdnowData.Customers);
        output.WriteLine($"ours {fit.LogLikelihood:R} published {atPublished:R}");
        Assert.True(fit.LogLikelihood >= atPublished - 1e-9);
    }
}
