import Minutes
import XapianKit
