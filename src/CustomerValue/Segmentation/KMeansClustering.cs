namespace CustomerValue.Segmentation;

/// <summary>The outcome of k-means clustering: the segmentation, the clusters' centres, the objective history and the silhouette.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class KMeansClustering
{
    internal KMeansClustering(
        SegmentationResult segmentation,
        IReadOnlyList<IReadOnlyList<double>> centroids,
        IReadOnlyList<IReadOnlyList<double>> attributeMeans,
        IReadOnlyList<double> objectiveHistory,
        int iterations,
        bool converged,
        double silhouette,
        IReadOnlyList<KeyValuePair<int, double>> silhouetteByClusters)
    {
        Segmentation = segmentation;
        Centroids = centroids;
        AttributeMeans = attributeMeans;
        ObjectiveHistory = objectiveHistory;
        Iterations = iterations;
        Converged = converged;
        Silhouette = silhouette;
        SilhouetteByClusters = silhouetteByClusters;
    }

    /// <summary>
    /// The segmentation: <c>Cluster 1</c>, <c>Cluster 2</c>, … ordered by the mean value of their customers, highest first
    /// (ties: the cluster holding the first customer in natural id order first).
    /// </summary>
    public SegmentationResult Segmentation { get; }

    /// <summary>The number of clusters (fewer than asked for when there are fewer distinct customers).</summary>
    public int Clusters => Centroids.Count;

    /// <summary>The cluster centres in the (standardised) space clustered, in segment order.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Centroids { get; }

    /// <summary>Each cluster's mean attributes in the original units, in segment order.</summary>
    public IReadOnlyList<IReadOnlyList<double>> AttributeMeans { get; }

    /// <summary>
    /// The k-means objective J = Σ ‖x_i − c_{label(i)}‖² after each iteration of the kept start; it never increases (up to
    /// rounding).
    /// </summary>
    public IReadOnlyList<double> ObjectiveHistory { get; }

    /// <summary>Lloyd iterations of the kept start.</summary>
    public int Iterations { get; }

    /// <summary>True when the kept start stopped because no customer changed cluster (not at the iteration limit).</summary>
    public bool Converged { get; }

    /// <summary>The mean silhouette of the clustering, in [−1, 1] (higher is better separated; 0 for a single cluster).</summary>
    public double Silhouette { get; }

    /// <summary>The mean silhouette of each k tried, when k was chosen automatically (otherwise only the k used).</summary>
    public IReadOnlyList<KeyValuePair<int, double>> SilhouetteByClusters { get; }
}
