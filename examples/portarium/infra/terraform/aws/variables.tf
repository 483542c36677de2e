variable "region" {
  description = "AWS region that hosts the Portarium baseline."
  type        = string
  default     = "eu-west-1"
}

variable "environment" {
  description = "Deployment environment: dev, staging or prod."
  type        = string
  default     = "dev"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be one of dev, staging, prod."
  }
}

variable "vpc_cidr" {
  description = "CIDR block of the VPC; subnets are carved out of it with cidrsubnet()."
  type        = string
  default     = "10.40.0.0/16"
}

variable "availability_zone_count" {
  description = "How many availability zones the subnets span."
  type        = number
  default     = 2
}

variable "kubernetes_version" {
  description = "EKS control plane version."
  type        = string
  default     = "1.31"
}

variable "node_instance_types" {
  description = "Instance types of the managed node group."
  type        = list(string)
  default     = ["m6i.large"]
}

variable "node_desired_size" {
  description = "Desired number of worker nodes."
  type        = number
  default     = 2
}

variable "evidence_retention_days" {
  description = "Days before noncurrent versions of evidence objects expire."
  type        = number
  default     = 365
}
