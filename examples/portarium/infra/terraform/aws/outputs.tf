output "vpc_id" {
  description = "ID of the Portarium VPC."
  value       = aws_vpc.main.id
}

output "private_subnet_ids" {
  description = "Subnets the EKS nodes run in."
  value       = aws_subnet.private[*].id
}

output "eks_cluster_name" {
  description = "Name of the EKS cluster."
  value       = aws_eks_cluster.main.name
}

output "eks_cluster_endpoint" {
  description = "API server endpoint of the EKS cluster (private)."
  value       = aws_eks_cluster.main.endpoint
}

output "evidence_bucket" {
  description = "S3 bucket that stores evidence objects."
  value       = aws_s3_bucket.evidence.bucket
}
