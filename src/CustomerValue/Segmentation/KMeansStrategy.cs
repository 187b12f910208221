namespace CustomerValue.Segmentation;

/// <summary>
/// Attribute clustering (seed 001: segment by culture, income, habits, lifestyle): k-means with k-means++ seeding
/// (Arthur &amp; Vassilvitskii 2007) on standardised numeric attributes, k chosen by the mean silhouette (Rousseeuw 1987)
/// unless fixed.
/// </summary>
/// <remarks>
/// <para>
/// Customers are put in natural id order before anything random happens, so the result depends only on the customers and
/// <see cref="KMeansOptions.Seed"/>, never on the input order. Each attribute is standardised to z = (x − mean) / sd with the
/// population standard deviation (an attribute without spread becomes 0). For each k, <see cref="KMeansOptions.Restarts"/>
/// starts are run and the one with the lowest objective is kept; k is the candidate with the highest mean silhouette (ties:
/// the smaller k). With fewer than three customers and no fixed k, everybody is in one cluster.
/// </para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class KMeansStrategy : ISegmentationStrategy<CustomerAttributes>
{
    /// <summary>Creates the strategy.</summary>
    /// <param name="options">The settings; <see cref="KMeansOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException"><see cref="KMeansOptions.MaxClusters"/> is below <see cref="KMeansOptions.MinClusters"/>.</exception>
    public KMeansStrategy(KMeansOptions? options = null)
    {
        Options = options ?? KMeansOptions.Default;
        Options.Validate();
    }

    /// <summary>The strategy with the default settings.</summary>
    public static KMeansStrategy Default { get; } = new();

    /// <inheritdoc />
    public string Name => "kmeans";

    /// <summary>The settings.</summary>
    public KMeansOptions Options { get; }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">Also: the customers do not all have the same number of attributes.</exception>
    public SegmentationResult Segment(IEnumerable<CustomerAttributes> customers) => Cluster(customers).Segmentation;

    /// <summary>Clusters <paramref name="customers"/>.</summary>
    /// <param name="customers">The customers; at least one, each id once, all with the same number of attributes.</param>
    /// <returns>The clustering.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no customers, an id is missing or repeated, or the attribute counts differ.</exception>
    public KMeansClustering Cluster(IEnumerable<CustomerAttributes> customers)
    {
        CustomerSet<CustomerAttributes> set = CustomerSet<CustomerAttributes>.From(customers, nameof(customers));
        double[][] points = Points(set);
        int n = points.Length;
        var random = new Random(Options.Seed);
        int[] sample = Sample(n, Options.SilhouetteSampleSize);
        var silhouettes = new List<KeyValuePair<int, double>>();
        KMeansRun? chosen = null;
        double bestSilhouette = double.NegativeInfinity;
        foreach (int k in Candidates(n))
        {
            KMeansRun run = KMeans.Best(points, k, random, Options.Restarts, Options.MaxIterations);
            double silhouette = Silhouette(points, run, sample);
            silhouettes.Add(new KeyValuePair<int, double>(run.Centroids.Length, silhouette));
            if (silhouette > bestSilhouette)
            {
                chosen = run;
                bestSilhouette = silhouette;
            }
        }

        return Describe(set, points, chosen!, bestSilhouette, silhouettes);
    }

    private IEnumerable<int> Candidates(int n)
    {
        if (Options.Clusters is { } fixedK)
        {
            return [Math.Min(fixedK, n)];
        }

        int max = Math.Min(Options.MaxClusters, n - 1);
        return max >= Options.MinClusters ? Enumerable.Range(Options.MinClusters, max - Options.MinClusters + 1) : [1];
    }

    /// <summary>The points in natural id order, standardised when asked.</summary>
    private double[][] Points(CustomerSet<CustomerAttributes> set)
    {
        int n = set.Count;
        int dimensions = set.Items[set.IdOrder[0]].AttributeArray.Length;
        var points = new double[n][];
        for (int k = 0; k < n; k++)
        {
            CustomerAttributes customer = set.Items[set.IdOrder[k]];
            if (customer.AttributeArray.Length != dimensions)
            {
                throw new ArgumentException($"Customer '{customer.CustomerId}' has {customer.AttributeArray.Length} attributes, but customer '{set.Ids[set.IdOrder[0]]}' has {dimensions}.", "customers");
            }

            points[k] = (double[])customer.AttributeArray.Clone();
        }

        if (Options.Standardize)
        {
            for (int j = 0; j < dimensions; j++)
            {
                double mean = 0;
                foreach (double[] p in points)
                {
                    mean += p[j];
                }

                mean /= n;
                double variance = 0;
                foreach (double[] p in points)
                {
                    variance += (p[j] - mean) * (p[j] - mean);
                }

                double sd = Math.Sqrt(variance / n);
                foreach (double[] p in points)
                {
                    p[j] = sd > 0 ? (p[j] - mean) / sd : 0;
                }
            }
        }

        return points;
    }

    private static int[] Sample(int n, int size)
    {
        int stride = (n + size - 1) / size;
        var sample = new List<int>();
        for (int i = 0; i < n; i += stride)
        {
            sample.Add(i);
        }

        return [.. sample];
    }

    private static double Silhouette(double[][] points, KMeansRun run, int[] sample)
    {
        var sampled = new double[sample.Length][];
        var labels = new int[sample.Length];
        for (int s = 0; s < sample.Length; s++)
        {
            sampled[s] = points[sample[s]];
            labels[s] = run.Labels[sample[s]];
        }

        return KMeans.Silhouette(sampled, labels, run.Centroids.Length);
    }

    private KMeansClustering Describe(CustomerSet<CustomerAttributes> set, double[][] points, KMeansRun run, double silhouette, List<KeyValuePair<int, double>> silhouettes)
    {
        int n = points.Length;
        int k = run.Centroids.Length;
        var counts = new int[k];
        var values = new double[k];
        var firstMember = new int[k];
        Array.Fill(firstMember, int.MaxValue);
        for (int p = 0; p < n; p++)
        {
            int c = run.Labels[p];
            counts[c]++;
            values[c] += set.Values[set.IdOrder[p]];
            firstMember[c] = Math.Min(firstMember[c], p);
        }

        // Non-empty clusters, by mean value (highest first), then by their first customer in id order.
        int[] order = [.. Enumerable.Range(0, k).Where(c => counts[c] > 0)
            .OrderByDescending(c => values[c] / counts[c])
            .ThenBy(c => firstMember[c])];
        var rank = new int[k];
        for (int r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        var labels = new int[n];
        for (int p = 0; p < n; p++)
        {
            labels[set.IdOrder[p]] = rank[run.Labels[p]];
        }

        var segments = new SegmentLabel[order.Length];
        var centroids = new IReadOnlyList<double>[order.Length];
        var means = new IReadOnlyList<double>[order.Length];
        for (int r = 0; r < order.Length; r++)
        {
            segments[r] = new SegmentLabel($"Cluster {r + 1}", string.Empty);
            centroids[r] = [.. run.Centroids[order[r]]];
            means[r] = MeanAttributes(set, run.Labels, order[r]);
        }

        return new KMeansClustering(SegmentTable.Build(Name, set, labels, segments), centroids, means, run.ObjectiveHistory, run.Iterations, run.Converged, silhouette, silhouettes);
    }

    private static double[] MeanAttributes(CustomerSet<CustomerAttributes> set, int[] canonicalLabels, int cluster)
    {
        int dimensions = set.Items[0].AttributeArray.Length;
        var mean = new double[dimensions];
        int count = 0;
        for (int p = 0; p < canonicalLabels.Length; p++)
        {
            if (canonicalLabels[p] == cluster)
            {
                double[] attributes = set.Items[set.IdOrder[p]].AttributeArray;
                for (int j = 0; j < dimensions; j++)
                {
                    mean[j] += attributes[j];
                }

                count++;
            }
        }

        for (int j = 0; j < dimensions; j++)
        {
            mean[j] /= count;
        }

        return mean;
    }
}
